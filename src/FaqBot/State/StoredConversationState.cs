using FaqBot.Dialogs;

namespace FaqBot.State;

/// <summary>A loaded conversation state and the version to pass back when saving it.</summary>
/// <param name="State">The state (a private copy).</param>
/// <param name="Version">The stored version, 1 or more.</param>
public readonly record struct StoredConversationState(ConversationState State, long Version);
