package io.cotasks.app;

import picocli.CommandLine.Command;

/** Evaluation: {@code eval star}, {@code eval grounding}, {@code eval questions}, {@code eval nextqa}. */
@Command(name = "eval", description = "Evaluate answers and grounding.",
        subcommands = {EvalStarCommand.class, EvalGroundingCommand.class, EvalQuestionsCommand.class, EvalNextQaCommand.class, EvalPerceptionCommand.class})
public final class EvalCommand {
}
