package org.d365policy.load;

import org.d365policy.model.snapshot.Located;

/**
 * A place in a document: its path, and the position of the object it is in. The path is written out
 * only for a problem: the validator makes a place for every field it checks, hundreds of thousands
 * in a large tenant, and almost none of them is ever reported.
 */
final class Place {
    private final String file;
    /** The place this one is a field or item of; null at the root. */
    private final Place parent;
    /** The field's name; null for a list item. */
    private final String field;
    private final int index;
    private final int line;
    private final int column;

    private Place(String file, Place parent, String field, int index, int line, int column) {
        this.file = file;
        this.parent = parent;
        this.field = field;
        this.index = index;
        this.line = line;
        this.column = column;
    }

    static Place root(String file, Located root) {
        return new Place(file, null, null, 0, root.getLine(), root.getColumn());
    }

    /** The same path at the position of {@code object}; where it has none (a null item) this one's is kept. */
    Place at(Located object) {
        return object == null || object.getLine() == 0 ? this : new Place(file, parent, field, index, object.getLine(), object.getColumn());
    }

    Place field(String name) {
        return new Place(file, this, name, 0, line, column);
    }

    Place item(int index) {
        return new Place(file, this, null, index, line, column);
    }

    String path() {
        if (parent == null) return "";
        StringBuilder path = new StringBuilder();
        appendTo(path);
        return path.toString();
    }

    private void appendTo(StringBuilder path) {
        if (parent == null) return;
        parent.appendTo(path);
        if (field == null) {
            path.append('[').append(index).append(']');
        } else {
            if (!path.isEmpty()) path.append('.');
            path.append(field);
        }
    }

    InvalidInputException problem(String problem) {
        return new InvalidInputException(file, line, column, path(), problem);
    }
}
