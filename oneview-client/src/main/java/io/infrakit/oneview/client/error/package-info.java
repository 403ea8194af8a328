/**
 * The unchecked exception hierarchy rooted at {@link io.infrakit.oneview.client.error.OneViewException}, and the
 * OneView {@link io.infrakit.oneview.client.error.ErrorMessage}.
 */
package io.infrakit.oneview.client.error;
