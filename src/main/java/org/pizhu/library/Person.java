package org.pizhu.library;

import java.util.List;

/**
 * Someone who speaks in the library: one person or organisation over all documents, the forms of the name matched
 * across Traditional/Simplified, width and case (user corrections applied).
 *
 * @param name       the name as most documents write it
 * @param otherForms other written forms of the same name (the other script, full-width letters)
 * @param titles     every title given to them, in the order of the documents' import
 * @param documents  in how many documents they speak
 * @param statements how many blocks carry their words
 */
public record Person(String name, List<String> otherForms, List<String> titles, int documents, int statements) {
    public Person {
        otherForms = List.copyOf(otherForms);
        titles = List.copyOf(titles);
    }
}
