package io.infrakit.oneview.rpc.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrakit.oneview.spi.Attachment;
import io.infrakit.oneview.spi.DestroyReason;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsDecoderTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void missingNullAndEmptyArrayGiveZeroValues() throws Exception {
        assertThat(ParamsDecoder.describe(null)).isEqualTo(new InstanceParams.Describe("", Map.of(), false));
        assertThat(ParamsDecoder.describe(b("[]"))).isEqualTo(new InstanceParams.Describe("", Map.of(), false));
        assertThat(ParamsDecoder.describe(b("[null]"))).isEqualTo(new InstanceParams.Describe("", Map.of(), false));
        assertThat(ParamsDecoder.describe(b("{\"Type\":null,\"Tags\":null,\"Properties\":null}")))
                .isEqualTo(new InstanceParams.Describe("", Map.of(), false));
    }

    @Test
    void arrayFormUsesTheFirstElement() throws Exception {
        assertThat(ParamsDecoder.describe(b("[{\"Type\":\"t\",\"Properties\":true},{\"Type\":\"ignored\"}]")))
                .isEqualTo(new InstanceParams.Describe("t", Map.of(), true));
    }

    @Test
    void duplicateMapsMergeAsGoDoes() throws Exception {
        assertThat(ParamsDecoder.describe(b("{\"Tags\":{\"a\":\"1\"},\"tags\":{\"b\":\"2\",\"n\":null}}")).tags())
                .isEqualTo(Map.of("a", "1", "b", "2", "n", ""));
    }

    @Test
    void specWithNullAttachmentElementsAndEmptyLogicalId() throws Exception {
        InstanceParams.Provision p = ParamsDecoder.provision(b("{\"Spec\":{\"LogicalID\":\"\",\"Attachments\":[null,{\"id\":\"x\"}],"
                + "\"Properties\":[1, 2.0]}}"));
        assertThat(p.spec().logicalId()).isEmpty();
        assertThat(p.spec().attachments()).containsExactly(new Attachment("", ""), new Attachment("x", ""));
        assertThat(p.spec().properties().json()).isEqualTo("[1,2.0]");
    }

    @Test
    void destroyReasons() throws Exception {
        assertThat(ParamsDecoder.destroy(b("{\"Context\":{\"Reason\":\"rolling_update\"}}")).context().reason())
                .isEqualTo(DestroyReason.ROLLING_UPDATE);
        assertThat(ParamsDecoder.destroy(b("{\"Context\":{\"Reason\":\"other\"}}")).context().reason())
                .isEqualTo(DestroyReason.UNSPECIFIED);
        assertThat(ParamsDecoder.destroy(b("{\"Context\":null}")).context().reason()).isEqualTo(DestroyReason.UNSPECIFIED);
    }

    @Test
    void typeErrorsCarryGoMessages() {
        assertThatThrownBy(() -> ParamsDecoder.label(b("{\"Labels\":[]}")))
                .hasMessage("json: cannot unmarshal object into Go value of type [1]interface {}");
        assertThatThrownBy(() -> ParamsDecoder.label(b("[{\"Labels\":[]}]")))
                .hasMessage("json: cannot unmarshal array into Go struct field LabelRequest.Labels of type map[string]string");
        assertThatThrownBy(() -> ParamsDecoder.provision(b("[{\"Spec\":{\"Attachments\":{}}}]")))
                .hasMessage("json: cannot unmarshal object into Go struct field ProvisionRequest.Spec.Attachments of type "
                        + "[]instance.Attachment");
        assertThatThrownBy(() -> ParamsDecoder.validate(b("[\"x\"]")))
                .hasMessage("json: cannot unmarshal string into Go value of type instance.ValidateRequest");
        assertThatThrownBy(() -> ParamsDecoder.validate(b("true")))
                .hasMessage("json: cannot unmarshal bool into Go value of type [1]interface {}");
    }
}
