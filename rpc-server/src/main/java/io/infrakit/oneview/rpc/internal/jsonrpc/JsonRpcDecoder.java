package io.infrakit.oneview.rpc.internal.jsonrpc;

import io.infrakit.oneview.rpc.internal.http.RpcRequestBody;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/**
 * Turns an {@link RpcRequestBody} into a {@link JsonRpcRequest}, or into the {@link JsonRpcReply} that gorilla's json2 codec
 * gives a body it cannot use (see {@link EnvelopeParser}). Other messages pass through. Stateless.
 */
@io.netty.channel.ChannelHandler.Sharable
public final class JsonRpcDecoder extends MessageToMessageDecoder<RpcRequestBody> {

    private final SecretMask mask;

    /** @param mask masks secrets in the params that error replies echo */
    public JsonRpcDecoder(SecretMask mask) {
        super(RpcRequestBody.class);
        this.mask = mask;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, RpcRequestBody body, List<Object> out) {
        out.add(EnvelopeParser.parse(body.bytes(), mask));
    }
}
