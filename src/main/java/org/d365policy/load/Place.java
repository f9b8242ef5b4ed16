package org.d365policy.load;

import org.d365policy.model.snapshot.Located;

/** A place in a document: its path, and the position of the object it is in. */
final class Place {
    private final String file;
    private final String path;
    private final int line;
    private final int column;

    Place(String file, String path, int line, int column) {
        this.file = file;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    static Place root(String file, Located root) {
        return new Place(file, "", root.getLine(), root.getColumn());
    }

    /** The object at {@code path}; where it has no position (a null item) the parent's is kept. */
    Place at(String path, Located object) {
        return object == null || object.getLine() == 0 ? new Place(file, path, line, column)
                : new Place(file, path, object.getLine(), object.getColumn());
    }

    Place field(String name) {
        return new Place(file, path.isEmpty() ? name : path + "." + name, line, column);
    }

    Place item(int index) {
        return new Place(file, path + "[" + index + "]", line, column);
    }

    String path() {
        return path;
    }

    InvalidInputException problem(String problem) {
        return new InvalidInputException(file, line, column, path, problem);
    }
}
