package org.zicha.check;

import java.util.List;

/**
 * The facts of one organisation subtree, evaluated in a session of its own.
 *
 * @param name what the partition covers, for messages
 * @param facts the facts to insert
 */
record Partition(String name, List<Object> facts) {

}
