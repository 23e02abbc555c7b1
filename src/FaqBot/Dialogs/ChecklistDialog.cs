using FaqIndex.Search;

namespace FaqBot.Dialogs;

/// <summary>The switch-over checklist as a guided yes/no flow: STEP1 a valid card → STEP2 registered for insurance use
/// → STEP3 a valid e-certificate, ending in the to-do list each path calls for.</summary>
public sealed class ChecklistDialog
{
    /// <summary>The FAQ entry that describes the checklist.</summary>
    public const string EntryId = "switch-checklist";

    // A longer reply than this in the middle of the checklist is taken as a new question.
    private const int MaxUnrecognisedAnswer = 8;

    private static readonly string[] YesNo = [Messages.Yes, Messages.No];

    private readonly IFaqSearcher _searcher;

    /// <summary>Creates the dialog.</summary>
    public ChecklistDialog(IFaqSearcher searcher) => _searcher = searcher;

    /// <summary>Starts at STEP1.</summary>
    public Task StartAsync(DialogTurn turn, double? score = null)
    {
        turn.State.ResetFlow();
        turn.State.Mode = DialogMode.Checklist;
        turn.State.ChecklistStep = 1;
        turn.Outcome = new DialogOutcome(DialogStatus.Answered, _searcher.GetEntry(EntryId), score, [], null);
        return turn.SendAsync($"{Messages.ChecklistIntro}\n\n{Messages.ChecklistStep1}", YesNo);
    }

    /// <summary>Asks the current step again (after help, or an answer that was neither yes nor no).</summary>
    public Task RepeatStepAsync(DialogTurn turn, string? before = null)
    {
        var step = StepText(turn.State.ChecklistStep);
        return turn.SendAsync(before is null ? step : $"{before}\n\n{step}", Buttons(turn.State.ChecklistStep));
    }

    /// <summary>Handles an answer to the current step; false when the message is a new question instead.</summary>
    public async Task<bool> TryContinueAsync(DialogTurn turn, string normalized)
    {
        var state = turn.State;
        if (state.ChecklistStep == 3 && normalized == Intents.Normalize(Messages.ChecklistHowToCheck))
        {
            await RepeatStepAsync(turn, Messages.ChecklistHowToCheckAnswer).ConfigureAwait(false);
            return true;
        }
        var yes = Intents.IsYes(normalized);
        if (!yes && !Intents.IsNo(normalized))
        {
            if (normalized.Length > MaxUnrecognisedAnswer)
            {
                return false;
            }
            await RepeatStepAsync(turn, Messages.ChecklistYesOrNo).ConfigureAwait(false);
            return true;
        }

        switch (state.ChecklistStep, yes)
        {
            case (1, true):
            case (2, true):
                state.ChecklistStep++;
                await RepeatStepAsync(turn).ConfigureAwait(false);
                return true;
            case (1, false):
                await FinishAsync(turn, $"{Messages.ChecklistTodo1}\n\n{Messages.ChecklistTodo2}").ConfigureAwait(false);
                return true;
            case (2, false):
                await FinishAsync(turn, Messages.ChecklistTodo2).ConfigureAwait(false);
                return true;
            case (3, false):
                await FinishAsync(turn,
                    $"{Messages.ChecklistTodo3}\n\n{Messages.ChecklistTodo3Note}\n\n{Messages.ChecklistTodo2}").ConfigureAwait(false);
                return true;
            default:
                state.ResetFlow();
                await turn.SendAsync(Messages.ChecklistAllSet, AfterChecklist()).ConfigureAwait(false);
                return true;
        }
    }

    private static Task FinishAsync(DialogTurn turn, string todo)
    {
        turn.State.ResetFlow();
        return turn.SendAsync($"{Messages.ChecklistTodoHeading}\n\n{todo}", AfterChecklist());
    }

    private static List<string> AfterChecklist()
    {
        var buttons = new List<string> { Messages.ChecklistRestart };
        foreach (var example in Messages.ExampleQuestions)
        {
            if (!Intents.IsChecklist(Intents.Normalize(example)))
            {
                buttons.Add(example);
            }
        }
        return buttons;
    }

    private static string StepText(int step) => step switch
    {
        1 => Messages.ChecklistStep1,
        2 => Messages.ChecklistStep2,
        _ => Messages.ChecklistStep3,
    };

    private static string[] Buttons(int step) =>
        step == 3 ? [Messages.Yes, Messages.No, Messages.ChecklistHowToCheck] : YesNo;
}
