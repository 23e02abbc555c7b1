using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.DirectLine;

/// <summary>All Direct Line conversations in memory, bounded: idle ones expire, and past the cap the least recently
/// active one is dropped to make room.</summary>
public sealed class DirectLineConversationStore : IDisposable
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly IOptionsMonitor<DirectLineOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineConversationStore> _log;
    private readonly ITimer _sweeper;
    private readonly object _createGate = new();

    /// <summary>Creates the store and its idle sweeper (once a minute, on the given clock).</summary>
    public DirectLineConversationStore(IOptionsMonitor<DirectLineOptions> options, TimeProvider time,
        ILogger<DirectLineConversationStore> log)
    {
        _options = options;
        _time = time;
        _log = log;
        _sweeper = time.CreateTimer(static state => ((DirectLineConversationStore)state!).RemoveIdle(), this,
            TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

    /// <summary>The conversation, or null when unknown or expired.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }
        if (IsIdle(conversation, _time.GetUtcNow()))
        {
            Remove(conversation);
            return null;
        }
        return conversation;
    }

    /// <summary>Returns the conversation with this id, creating it when new; <paramref name="created"/> tells which.</summary>
    public DirectLineConversation GetOrCreate(string conversationId, string userId, out bool created)
    {
        if (Find(conversationId) is { } existing)
        {
            created = false;
            return existing;
        }
        var options = _options.CurrentValue;
        lock (_createGate)
        {
            if (_conversations.TryGetValue(conversationId, out existing))
            {
                created = false;
                return existing;
            }
            if (_conversations.Count >= options.MaxConversations)
            {
                RemoveIdle();
                while (_conversations.Count >= options.MaxConversations && RemoveLeastRecentlyActive())
                {
                }
            }
            var conversation = new DirectLineConversation(conversationId, userId, options.MaxActivitiesPerConversation, _time.GetUtcNow());
            _conversations[conversationId] = conversation;
            created = true;
            return conversation;
        }
    }

    /// <summary>Drops every conversation idle longer than the configured timeout.</summary>
    public void RemoveIdle()
    {
        var now = _time.GetUtcNow();
        foreach (var pair in _conversations)
        {
            if (IsIdle(pair.Value, now))
            {
                Remove(pair.Value);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _sweeper.Dispose();

    private bool IsIdle(DirectLineConversation conversation, DateTimeOffset now) =>
        now.UtcTicks - conversation.LastActiveTicks > _options.CurrentValue.ConversationIdleTimeout.Ticks;

    private bool RemoveLeastRecentlyActive()
    {
        DirectLineConversation? oldest = null;
        foreach (var pair in _conversations)
        {
            if (oldest is null || pair.Value.LastActiveTicks < oldest.LastActiveTicks)
            {
                oldest = pair.Value;
            }
        }
        if (oldest is null)
        {
            return false;
        }
        _log.LogInformation("Direct Line is at its conversation cap; dropping the least recently active conversation.");
        Remove(oldest);
        return true;
    }

    private void Remove(DirectLineConversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.End();
        }
    }
}
