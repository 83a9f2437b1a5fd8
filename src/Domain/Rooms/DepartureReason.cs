namespace DrawGuess.Domain.Rooms;

public enum DepartureReason
{
    Left,
    Kicked,
    VoteKicked,
    TimedOut,
}
