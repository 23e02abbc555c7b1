using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqIndex.Text;
using FaqIndex.Content;
using FaqIndex.Search;
using Microsoft.Extensions.Options;

namespace FaqBot.Dialogs;

/// <summary>The root FAQ dialog: welcome, the interruptions that apply everywhere (help, cancel, a person), the flow
/// in progress (feedback, choices, checklist), and new questions (lost card, checklist, search → answer, choices or
/// helpdesk).</summary>
public sealed class FaqDialog
{
    /// <summary>The FAQ entry about a lost or stolen card.</summary>
    public const string LostCardEntryId = "card-lost";

    /// <summary>The FAQ entry about the helpdesk itself.</summary>
    public const string HelpdeskEntryId = "helpdesk";

    private const int MaxFollowUps = 3;

    private readonly IFaqSearcher _searcher;
    private readonly HelpdeskHandover _handover;
    private readonly ChecklistDialog _checklist;
    private readonly IFeedbackRecorder _feedback;
    private readonly TimeProvider _time;
    private readonly DialogOptions _options;

    /// <summary>Creates the dialog.</summary>
    public FaqDialog(IFaqSearcher searcher, HelpdeskHandover handover, ChecklistDialog checklist,
        IFeedbackRecorder feedback, TimeProvider time, IOptions<DialogOptions> options)
    {
        _searcher = searcher;
        _handover = handover;
        _checklist = checklist;
        _feedback = feedback;
        _time = time;
        _options = options.Value;
    }

    /// <summary>Greets members who joined (not the bot itself).</summary>
    public Task OnConversationUpdateAsync(DialogTurn turn)
    {
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var someoneJoined = activity.MembersAdded?.Exists(m => m.Id is null || m.Id != botId) == true;
        return someoneJoined ? turn.SendAsync(Messages.Welcome, Messages.ExampleQuestions) : Task.CompletedTask;
    }

    /// <summary>Handles a message.</summary>
    public async Task OnMessageAsync(DialogTurn turn)
    {
        var question = TextCut.Cut(turn.Activity.Text?.Trim() ?? string.Empty, _options.MaxQuestionLength);
        var normalized = Intents.Normalize(question);
        if (normalized.Length == 0)
        {
            await turn.SendAsync(Messages.EmptyQuestion, Messages.ExampleQuestions).ConfigureAwait(false);
            return;
        }
        if (Redaction.LooksLikePersonalNumber(question))
        {
            await turn.SendAsync(Messages.PersonalNumberCaution).ConfigureAwait(false);
        }

        if (await TryInterruptAsync(turn, normalized).ConfigureAwait(false))
        {
            return;
        }

        var handled = turn.State.Mode switch
        {
            DialogMode.Checklist => await _checklist.TryContinueAsync(turn, normalized).ConfigureAwait(false),
            DialogMode.Choosing => await TryChooseAsync(turn, normalized).ConfigureAwait(false),
            DialogMode.AwaitingFeedback => await TryFeedbackAsync(turn, normalized).ConfigureAwait(false),
            _ => false,
        };
        if (!handled)
        {
            turn.State.ResetFlow();
            await AnswerQuestionAsync(turn, question, normalized).ConfigureAwait(false);
        }
    }

    // The interruptions that apply in every state, in one place.
    private async Task<bool> TryInterruptAsync(DialogTurn turn, string normalized)
    {
        if (Intents.IsCancel(normalized))
        {
            turn.State.ResetFlow();
            await turn.SendAsync(Messages.Cancelled, Messages.ExampleQuestions).ConfigureAwait(false);
            return true;
        }
        if (Intents.IsHelp(normalized))
        {
            if (turn.State.Mode == DialogMode.Checklist)
            {
                await _checklist.RepeatStepAsync(turn, Messages.Help).ConfigureAwait(false);
            }
            else
            {
                turn.State.ResetFlow();
                await turn.SendAsync(Messages.Help, Messages.ExampleQuestions).ConfigureAwait(false);
            }
            return true;
        }
        if (Intents.IsPersonRequest(normalized))
        {
            await _handover.EscalateAsync(turn, Messages.EscalateRequested, DialogStatus.Escalated).ConfigureAwait(false);
            return true;
        }
        return false;
    }

    private async Task AnswerQuestionAsync(DialogTurn turn, string question, string normalized)
    {
        if (Intents.IsChecklist(normalized))
        {
            await _checklist.StartAsync(turn).ConfigureAwait(false);
            return;
        }

        var result = _searcher.Search(Redaction.RemovePersonalNumbers(question), turn.Audience);
        var hits = result.Hits;
        if (Intents.IsLostCard(normalized))
        {
            // Whatever the search thinks, a lost card gets the suspension line first; its score is reported if it has one.
            double? score = null;
            foreach (var hit in hits)
            {
                score ??= hit.Entry.Id == LostCardEntryId ? hit.Score : null;
            }
            await AnswerLostCardAsync(turn, _searcher.GetEntry(LostCardEntryId), score, []).ConfigureAwait(false);
            return;
        }
        switch (result.Status)
        {
            case MatchStatus.Answered when hits.Count > 0:
                await AnswerAsync(turn, hits[0].Entry, hits[0].Score, Rest(hits)).ConfigureAwait(false);
                break;
            case MatchStatus.Ambiguous when hits.Count > 1:
                await OfferChoicesAsync(turn, question, hits).ConfigureAwait(false);
                break;
            case MatchStatus.Ambiguous when hits.Count == 1:
                await AnswerAsync(turn, hits[0].Entry, hits[0].Score, []).ConfigureAwait(false);
                break;
            default:
                Record(turn, FeedbackKind.NoAnswer, null, Redaction.ForAnalytics(question));
                turn.Outcome = new DialogOutcome(DialogStatus.NoAnswer, null, null, hits, null);
                await _handover.EscalateAsync(turn, Messages.EscalateNoAnswer, DialogStatus.NoAnswer, Related(hits))
                    .ConfigureAwait(false);
                break;
        }
    }

    private async Task AnswerAsync(DialogTurn turn, FaqEntry entry, double? score, IReadOnlyList<FaqHit> alternatives)
    {
        if (entry.Id == LostCardEntryId)
        {
            await AnswerLostCardAsync(turn, entry, score, alternatives).ConfigureAwait(false);
            return;
        }
        var text = entry.Id == HelpdeskEntryId
            ? $"{entry.Answer.Trim()}\n\n{_handover.StatusLine()}"
            : entry.Answer.Trim();
        // The checklist entry offers the guided flow too.
        var extra = entry.Id == ChecklistDialog.EntryId ? Messages.ChecklistStart : null;
        await SendAnswerAsync(turn, entry, score, alternatives, text, extra).ConfigureAwait(false);
    }

    private async Task AnswerLostCardAsync(DialogTurn turn, FaqEntry? entry, double? score, IReadOnlyList<FaqHit> alternatives)
    {
        var parts = new List<string>();
        var answer = entry?.Answer.Trim();
        // The suspension line comes first: ours, unless the entry itself already opens with it.
        if (answer is null || !FirstParagraph(answer).Contains(_handover.CardSuspensionPhone, StringComparison.Ordinal))
        {
            parts.Add(_handover.LostCardFirst());
        }
        if (answer is not null)
        {
            parts.Add(answer);
        }
        if (_handover.CardEnquiryHours() is { } hours)
        {
            parts.Add(hours);
        }
        var text = string.Join("\n\n", parts);
        if (entry is null)
        {
            turn.Outcome = new DialogOutcome(DialogStatus.Answered, null, score, alternatives, null);
            await turn.SendAsync(text, Messages.ExampleQuestions).ConfigureAwait(false);
            return;
        }
        await SendAnswerAsync(turn, entry, score, alternatives, text).ConfigureAwait(false);
    }

    private async Task SendAnswerAsync(DialogTurn turn, FaqEntry entry, double? score, IReadOnlyList<FaqHit> alternatives,
        string body, string? extraButton = null)
    {
        var buttons = new List<string> { Messages.Yes, Messages.No };
        if (extraButton is not null)
        {
            buttons.Add(extraButton);
        }
        foreach (var id in entry.FollowUps)
        {
            if (buttons.Count >= 2 + (extraButton is null ? 0 : 1) + MaxFollowUps)
            {
                break;
            }
            if (_searcher.GetEntry(id) is { } followUp && (followUp.Audience & turn.Audience) != 0)
            {
                buttons.Add(followUp.Question);
            }
        }
        turn.State.ResetFlow();
        turn.State.Mode = DialogMode.AwaitingFeedback;
        turn.State.EntryId = entry.Id;
        turn.Outcome = new DialogOutcome(DialogStatus.Answered, entry, score, alternatives, null);
        var text = $"{body}\n\n{Messages.SourceNote(entry.Source)}\n\n{Messages.WasItResolved}";
        await turn.SendAsync(text, buttons).ConfigureAwait(false);
    }

    private async Task OfferChoicesAsync(DialogTurn turn, string question, IReadOnlyList<FaqHit> hits)
    {
        var count = Math.Min(Math.Max(2, _options.MaxChoices), hits.Count);
        var choices = new List<FaqHit>(count);
        var lines = new List<string>(count + 1) { Messages.WhichOne, string.Empty };
        for (var i = 0; i < count; i++)
        {
            choices.Add(hits[i]);
            lines.Add($"{i + 1}. {hits[i].Entry.Question}");
        }
        var state = turn.State;
        state.Mode = DialogMode.Choosing;
        state.Choices = choices.ConvertAll(h => h.Entry.Id);
        state.PendingQuestion = Redaction.ForAnalytics(question);
        turn.Outcome = new DialogOutcome(DialogStatus.Ambiguous, null, null, choices, null);
        var buttons = choices.ConvertAll(h => h.Entry.Question);
        buttons.Add(Messages.NoneOfThese);
        await turn.SendAsync(string.Join("\n", lines), buttons).ConfigureAwait(false);
    }

    private async Task<bool> TryChooseAsync(DialogTurn turn, string normalized)
    {
        var state = turn.State;
        if (normalized == Intents.Normalize(Messages.NoneOfThese) || normalized is "どれでもない" or "該当なし")
        {
            Record(turn, FeedbackKind.NoChoiceFitted, null, state.PendingQuestion);
            await _handover.EscalateAsync(turn, Messages.EscalateNoneFitted, DialogStatus.Escalated).ConfigureAwait(false);
            return true;
        }
        FaqEntry? chosen = null;
        for (var i = 0; i < state.Choices.Count && chosen is null; i++)
        {
            var entry = _searcher.GetEntry(state.Choices[i]);
            if (entry is not null
                && (normalized == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    || normalized == Intents.Normalize(entry.Question)))
            {
                chosen = entry;
            }
        }
        if (chosen is null)
        {
            return false;
        }
        Record(turn, FeedbackKind.ChoiceSelected, chosen.Id, state.PendingQuestion);
        await AnswerAsync(turn, chosen, null, []).ConfigureAwait(false);
        return true;
    }

    private async Task<bool> TryFeedbackAsync(DialogTurn turn, string normalized)
    {
        var state = turn.State;
        if (Intents.IsYes(normalized))
        {
            Record(turn, FeedbackKind.Resolved, state.EntryId, null);
            state.ResetFlow();
            state.NotResolvedCount = 0;
            await turn.SendAsync(Messages.ThanksForFeedback, Messages.ExampleQuestions).ConfigureAwait(false);
            return true;
        }
        if (Intents.IsNo(normalized))
        {
            Record(turn, FeedbackKind.NotResolved, state.EntryId, null);
            state.ResetFlow();
            if (++state.NotResolvedCount >= 2)
            {
                await _handover.EscalateAsync(turn, Messages.EscalateNotResolved, DialogStatus.Escalated).ConfigureAwait(false);
                return true;
            }
            await turn.SendAsync(Messages.SorryTryAgain, Messages.ExampleQuestions).ConfigureAwait(false);
            return true;
        }
        return false;
    }

    private void Record(DialogTurn turn, FeedbackKind kind, string? entryId, string? redactedQuestion) =>
        _feedback.Record(new FeedbackEvent(_time.GetUtcNow(), kind, entryId, turn.Channel, redactedQuestion));

    // Weak hits are still worth a button next to the helpdesk: the member may recognise their question.
    private List<string> Related(IReadOnlyList<FaqHit> hits)
    {
        var related = new List<string>();
        foreach (var hit in hits)
        {
            if (hit.Score >= _options.MinRelatedScore && related.Count < _options.MaxChoices)
            {
                related.Add(hit.Entry.Question);
            }
        }
        return related;
    }

    private static IReadOnlyList<FaqHit> Rest(IReadOnlyList<FaqHit> hits)
    {
        var rest = new FaqHit[Math.Max(0, hits.Count - 1)];
        for (var i = 1; i < hits.Count; i++)
        {
            rest[i - 1] = hits[i];
        }
        return rest;
    }

    private static string FirstParagraph(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

}
