package io.infrakit.oneview.rpc;

/**
 * What the server sends back for one HTTP request, in request order; {@link ReplyEncoder} turns it into an HTTP
 * response.
 */
sealed interface Reply permits PlainReply, RpcReply {

    /** @return true when the connection must be closed after this reply */
    boolean close();
}
