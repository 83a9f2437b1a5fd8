namespace DrawGuess.Application.Rooms;

public sealed class RoomsOptions
{
    public const string Section = "Rooms";

    /// <summary>How long a disconnected player keeps their seat and score.</summary>
    public TimeSpan SeatHold { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Open rooms the deployment accepts (every instance together with Redis); CreateRoom beyond it answers ROOM_LIMIT_REACHED.</summary>
    public int MaxRooms { get; set; } = 1000;
}
