using FaqBot.Escalation;

namespace FaqBot.Dialogs;

/// <summary>Hands a member over to the MY HEALTH WEB helpdesk: says whether it is open now and until when, or when it
/// opens next — never offering a closed line as one to call now — and always leaves buttons to go on with.</summary>
public sealed class HelpdeskHandover
{
    private readonly ContactAvailability _availability;

    /// <summary>Creates the handover.</summary>
    public HelpdeskHandover(ContactAvailability availability)
    {
        _availability = availability;
    }

    /// <summary>Sends the handover message after <paramref name="opening"/> and ends any flow in progress.</summary>
    public async Task EscalateAsync(DialogTurn turn, string opening, DialogStatus status, IReadOnlyList<string>? related = null)
    {
        var helpdesk = _availability.Directory.Helpdesk;
        var now = _availability.Check(helpdesk);
        var text = $"{opening}\n\n{Messages.EscalationTarget(helpdesk)}\n\n{Messages.AvailabilityNow(now)}";
        turn.State.ResetFlow();
        turn.State.NotResolvedCount = 0;
        turn.Outcome = turn.Outcome with { Status = status, Entry = null, Score = null, Escalation = now };
        IEnumerable<string> buttons = related is { Count: > 0 } ? [.. related, .. ExamplesWithoutPerson()] : ExamplesWithoutPerson();
        await turn.SendAsync(text, buttons).ConfigureAwait(false);
    }

    /// <summary>The helpdesk's status line now (for the helpdesk FAQ entry).</summary>
    public string StatusLine() => Messages.AvailabilityNow(_availability.Check(_availability.Directory.Helpdesk));

    /// <summary>The lost-card opening: the 24-hour suspension line first.</summary>
    public string LostCardFirst() => Messages.LostCardFirst(_availability.Check(_availability.Directory.CardSuspension));

    /// <summary>The number that suspends a lost card.</summary>
    public string CardSuspensionPhone => _availability.Directory.CardSuspension.Phone;

    /// <summary>The hours of the general card enquiry line, or null when none is configured.</summary>
    public string? CardEnquiryHours() =>
        _availability.Directory.CardEnquiry is { } contact ? Messages.CardEnquiryHours(contact) : null;

    private static IEnumerable<string> ExamplesWithoutPerson()
    {
        foreach (var example in Messages.ExampleQuestions)
        {
            if (example != Messages.TalkToPerson)
            {
                yield return example;
            }
        }
    }
}
