/**
 * Collection query options: filters (quoted and URL-encoded correctly), sort keys, start and count.
 */
package io.infrakit.oneview.client.query;
