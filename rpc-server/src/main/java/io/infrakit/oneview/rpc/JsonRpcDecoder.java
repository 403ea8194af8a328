package io.infrakit.oneview.rpc;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/**
 * Turns an {@link RpcBody} into a {@link JsonRpcRequest}, or into the {@link RpcReply} that gorilla's json2 codec
 * gives a body it cannot use (see {@link EnvelopeParser}). Other messages pass through. Stateless.
 */
@io.netty.channel.ChannelHandler.Sharable
final class JsonRpcDecoder extends MessageToMessageDecoder<RpcBody> {

    JsonRpcDecoder() {
        super(RpcBody.class);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, RpcBody body, List<Object> out) {
        out.add(EnvelopeParser.parse(body.bytes()));
    }
}
