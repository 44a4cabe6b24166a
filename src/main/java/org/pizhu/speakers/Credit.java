package org.pizhu.speakers;

/**
 * A person credited in a byline or a credit line, with the role the credit gives: {@code reporter} (記者, 文／, 報導,
 * 参与采写), {@code editor} (編輯：, 責任編輯：) or {@code photographer} (X攝, 攝影：).
 *
 * @param name the name as written (spaces removed)
 * @param role reporter, editor or photographer
 */
public record Credit(String name, String role) {
}
