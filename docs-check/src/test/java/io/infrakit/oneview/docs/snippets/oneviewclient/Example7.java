package io.infrakit.oneview.docs.snippets.oneviewclient;

// doc:start
import io.infrakit.oneview.client.OneViewClient;
import io.infrakit.oneview.client.error.AssignmentErrors;
import io.infrakit.oneview.client.error.ConflictException;
import io.infrakit.oneview.client.error.PreconditionFailedException;
import io.infrakit.oneview.client.error.TaskFailedException;
import io.infrakit.oneview.client.model.ServerProfile;
// doc:end

/** Example 7 of docs/oneview-client.md, compiled here as the document shows it. */
final class Example7 {

    private Example7() {
    }

    static void run() throws Exception {
        // doc:start
        OneViewClient ov = OneViewClient.builder()
                .address("https://oneview.example.com")
                .credentials("administrator", System.getenv("OV_PASSWORD"))
                .build();
        ServerProfile body = ServerProfile.fromJson("{\"name\":\"web01\"}");
        try {
            ov.serverProfiles().create(body).await();
        } catch (TaskFailedException e) {
            if (AssignmentErrors.isAssignmentError(e)) {
                System.out.println("someone took the server first: pick another target and try again");
            } else {
                throw e;
            }
        } catch (PreconditionFailedException | ConflictException e) {
            System.out.println("re-read and retry, or report " + e.error().recommendedActions());
        }
        // doc:end
    }
}
