package org.filmfactory.platform;

/**
 * This node's identity in the cluster.
 *
 * @param name the configured node name, for logs and headers
 * @param memberId the Hazelcast member UUID, unique per start
 */
public record StudioNode(String name, String memberId) {
}
