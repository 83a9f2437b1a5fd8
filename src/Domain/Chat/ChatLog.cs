using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Chat;

/// <summary>A room's recent chat and each player's message rate.</summary>
public sealed partial class ChatLog : AggregateRoot
{
    /// <summary>In text elements (<see cref="TextRules.VisibleLength"/>): an emoji counts once.</summary>
    public const int MaxMessageLength = 100;
    public const int MaxMessageUtf16Length = 400;
    public const int HistorySize = 50;
    public const int RateLimitCount = 5;
    public static readonly TimeSpan RateLimitWindow = TimeSpan.FromSeconds(3);
    private const int KeptMessages = 200;

    /// <summary>Oldest first, ids ascending. A list, not linked nodes: a Redis save reads the messages on every line of chat.</summary>
    private readonly List<ChatMessage> _messages = new(KeptMessages + 1);
    private readonly Dictionary<PlayerId, Queue<DateTimeOffset>> _recentByPlayer = [];
    private long _nextId = 1;

    /// <summary>Counts a message against the sender's limit of 5 per 3 seconds, or refuses it.</summary>
    public void TakeRateLimit(PlayerId playerId, DateTimeOffset now)
    {
        if (!_recentByPlayer.TryGetValue(playerId, out var recent)) _recentByPlayer[playerId] = recent = new Queue<DateTimeOffset>();
        while (recent.Count > 0 && now - recent.Peek() >= RateLimitWindow) recent.Dequeue();
        if (recent.Count >= RateLimitCount)
            throw new GameRuleException(ErrorCodes.RateLimited, "Too many messages; wait a moment.");
        recent.Enqueue(now);
        Changed();
    }

    public ChatMessage PostByPlayer(PlayerId playerId, string name, string text, ChatChannel channel, IReadOnlySet<PlayerId>? audience, DateTimeOffset now) =>
        Add(new ChatMessage(_nextId++, channel, playerId, name, text, now, null, [], audience));

    public ChatMessage PostSystem(string systemCode, string text, IReadOnlyList<string> args, DateTimeOffset now) =>
        Add(new ChatMessage(_nextId++, ChatChannel.All, null, null, text, now, systemCode, args, null));

    public void Forget(PlayerId playerId)
    {
        if (_recentByPlayer.Remove(playerId)) Changed();
    }

    /// <summary>The last <see cref="HistorySize"/> messages the player may read, oldest first.</summary>
    public IReadOnlyList<ChatMessage> VisibleTo(PlayerId playerId)
    {
        var visible = new List<ChatMessage>(HistorySize);
        for (var i = _messages.Count - 1; i >= 0 && visible.Count < HistorySize; i--)
        {
            if (_messages[i].IsVisibleTo(playerId)) visible.Add(_messages[i]);
        }
        visible.Reverse();
        return visible;
    }

    private ChatMessage Add(ChatMessage message)
    {
        Changed();
        _messages.Add(message);
        if (_messages.Count > KeptMessages) _messages.RemoveAt(0);
        return message;
    }
}
