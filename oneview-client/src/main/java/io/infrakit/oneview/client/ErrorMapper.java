package io.infrakit.oneview.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrakit.oneview.client.error.BadRequestException;
import io.infrakit.oneview.client.error.ConflictException;
import io.infrakit.oneview.client.error.ErrorMessage;
import io.infrakit.oneview.client.error.ForbiddenException;
import io.infrakit.oneview.client.error.NotFoundException;
import io.infrakit.oneview.client.error.OneViewHttpException;
import io.infrakit.oneview.client.error.PreconditionFailedException;
import io.infrakit.oneview.client.error.ServerErrorException;
import io.infrakit.oneview.client.error.UnauthorizedException;
import io.infrakit.oneview.client.model.ErrorMessages;
import io.infrakit.oneview.client.transport.TransportResponse;

/**
 * Maps an HTTP error answer to the typed exception. The only place where statuses become exception types.
 */
final class ErrorMapper {
    private ErrorMapper() {
    }

    static OneViewHttpException map(RestRequest request, TransportResponse response) {
        ErrorMessage error = errorMessage(response);
        int status = response.status();
        String method = request.method();
        String path = request.path();
        return switch (status) {
            case 400 -> new BadRequestException(status, method, path, error);
            case 401 -> new UnauthorizedException(status, method, path, error);
            case 403 -> new ForbiddenException(status, method, path, error);
            case 404 -> new NotFoundException(status, method, path, error);
            case 409 -> new ConflictException(status, method, path, error);
            case 412 -> new PreconditionFailedException(status, method, path, error);
            default -> status >= 500 ? new ServerErrorException(status, method, path, error)
                    : new OneViewHttpException(status, method, path, error);
        };
    }

    static ErrorMessage errorMessage(TransportResponse response) {
        JsonNode node = Json.readOrNull(response.body());
        if (node != null && node.isObject() && (node.has("errorCode") || node.has("message"))) {
            return ErrorMessages.fromNode(node);
        }
        String text = response.bodyText();
        return ErrorMessage.ofText("no OneView error body; body: " + Json.abbreviate(text, 300), text);
    }
}
