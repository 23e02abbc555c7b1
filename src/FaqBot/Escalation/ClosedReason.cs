namespace FaqBot.Escalation;

/// <summary>Why a contact is not answering at a given moment.</summary>
public enum ClosedReason
{
    /// <summary>It is open.</summary>
    None,

    /// <summary>A public holiday on which it does not open.</summary>
    Holiday,

    /// <summary>A Saturday on which it does not open.</summary>
    Saturday,

    /// <summary>A Sunday on which it does not open.</summary>
    Sunday,

    /// <summary>A configured closed period such as the new year.</summary>
    ClosedPeriod,

    /// <summary>A weekday on which it has no hours.</summary>
    NoHoursThatDay,

    /// <summary>Today's hours have not started yet.</summary>
    BeforeOpening,

    /// <summary>Today's hours are over.</summary>
    AfterClosing,
}
