namespace DrawGuess.Application.Common.Ports;

public enum GuessOutcome
{
    Correct,
    Close,
    Wrong,
}

/// <summary>Counters the use cases feed; exported at /metrics and summarised in /api/status.</summary>
public interface IGameMetrics
{
    void GameStarted();
    void GameFinished();
    void TurnStarted();
    void Guess(GuessOutcome outcome);
    void ChatMessage();
    void StrokeReceived();
    void StrokesDelivered(int receivers);
    void RateLimited(string kind);
}
