namespace DrawGuess.Application.Rooms;

public sealed class RoomsOptions
{
    public const string Section = "Rooms";

    /// <summary>How long a disconnected player keeps their seat and score.</summary>
    public TimeSpan SeatHold { get; set; } = TimeSpan.FromSeconds(60);
}
