package io.cotasks.query.check;

import io.cotasks.query.ast.TimeFilter;

/** A time window must not be empty. */
final class TimeWindows implements TimeFilter.Visitor<Void> {

    static final TimeWindows CHECK = new TimeWindows();

    private TimeWindows() {
    }

    @Override
    public Void visitFrameRange(TimeFilter.FrameRange r) {
        if (r.from() > r.to()) {
            throw ValueChecks.error(r, "impossible time range: FRAMES " + r.from() + ".." + r.to() + " is empty");
        }
        return null;
    }

    @Override
    public Void visitSecondRange(TimeFilter.SecondRange r) {
        if (r.from() > r.to()) {
            throw ValueChecks.error(r, "impossible time range: SECONDS " + Numbers.format(r.from()) + ".."
                    + Numbers.format(r.to()) + " is empty");
        }
        return null;
    }

    @Override
    public Void visitFirst(TimeFilter.First f) {
        ValueChecks.positive(f, f.seconds(), "FIRST");
        return null;
    }

    @Override
    public Void visitLast(TimeFilter.Last l) {
        ValueChecks.positive(l, l.seconds(), "LAST");
        return null;
    }

    @Override
    public Void visitAtFrame(TimeFilter.AtFrame a) {
        return null;
    }

    @Override
    public Void visitAtSecond(TimeFilter.AtSecond a) {
        return null;
    }
}
