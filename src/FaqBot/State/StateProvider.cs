namespace FaqBot.State;

/// <summary>Where conversation state and Direct Line conversations live.</summary>
public enum StateProvider
{
    /// <summary>This process's memory: one instance (the default).</summary>
    Memory,

    /// <summary>Redis (<c>ConnectionStrings:Redis</c>): shared by every instance.</summary>
    Redis,
}
