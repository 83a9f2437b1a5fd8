using System.Diagnostics.Metrics;
using DrawGuess.Application.Common.Ports;

namespace DrawGuess.Infrastructure.Common;

/// <summary>Game counters as <see cref="System.Diagnostics.Metrics"/> instruments, plus the per-minute rates /api/status shows.</summary>
public sealed class GameMetrics : IGameMetrics, IDisposable
{
    public const string MeterName = "DrawGuess";

    private readonly Meter _meter = new(MeterName);

    /// <summary>This instance's meter; exporters listen to it rather than to every meter of that name in the process.</summary>
    public Meter Meter => _meter;
    private readonly Counter<long> _gamesStarted;
    private readonly Counter<long> _gamesFinished;
    private readonly Counter<long> _turns;
    private readonly Counter<long> _guesses;
    private readonly Counter<long> _chatMessages;
    private readonly Counter<long> _strokesReceived;
    private readonly Counter<long> _strokesDelivered;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _roomHandovers;
    private readonly MinuteRate _turnRate;
    private readonly MinuteRate _guessRate;

    public GameMetrics(TimeProvider clock)
    {
        _gamesStarted = _meter.CreateCounter<long>("drawguess_games_started");
        _gamesFinished = _meter.CreateCounter<long>("drawguess_games_finished");
        _turns = _meter.CreateCounter<long>("drawguess_turns");
        _guesses = _meter.CreateCounter<long>("drawguess_guesses");
        _chatMessages = _meter.CreateCounter<long>("drawguess_chat_messages");
        _strokesReceived = _meter.CreateCounter<long>("drawguess_strokes_received");
        _strokesDelivered = _meter.CreateCounter<long>("drawguess_strokes_delivered");
        _rateLimited = _meter.CreateCounter<long>("drawguess_rate_limit_rejections");
        _roomHandovers = _meter.CreateCounter<long>("drawguess_room_handovers");
        _turnRate = new MinuteRate(clock);
        _guessRate = new MinuteRate(clock);
    }

    public long TurnsLastMinute => _turnRate.Count();
    public long GuessesLastMinute => _guessRate.Count();

    public void GameStarted() => _gamesStarted.Add(1);
    public void GameFinished() => _gamesFinished.Add(1);

    public void TurnStarted()
    {
        _turns.Add(1);
        _turnRate.Add();
    }

    public void Guess(GuessOutcome outcome)
    {
        _guesses.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));
        _guessRate.Add();
    }

    public void ChatMessage() => _chatMessages.Add(1);
    public void StrokeReceived() => _strokesReceived.Add(1);
    public void StrokesDelivered(int receivers) => _strokesDelivered.Add(receivers);

    /// <summary>This instance took a room's lease that another instance held last (Redis mode).</summary>
    public void RoomTakenOver() => _roomHandovers.Add(1);
    public void RateLimited(string kind) => _rateLimited.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Dispose() => _meter.Dispose();

    /// <summary>Events in the last 60 seconds, counted in one-second buckets.</summary>
    private sealed class MinuteRate(TimeProvider clock)
    {
        private readonly long[] _buckets = new long[60];
        private readonly long[] _bucketSecond = new long[60];

        public void Add()
        {
            var second = clock.GetUtcNow().ToUnixTimeSeconds();
            var index = (int)(second % 60);
            lock (_buckets)
            {
                if (_bucketSecond[index] != second)
                {
                    _bucketSecond[index] = second;
                    _buckets[index] = 0;
                }
                _buckets[index]++;
            }
        }

        public long Count()
        {
            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            long total = 0;
            lock (_buckets)
            {
                for (var i = 0; i < 60; i++)
                {
                    if (now - _bucketSecond[i] < 60) total += _buckets[i];
                }
            }
            return total;
        }
    }
}
