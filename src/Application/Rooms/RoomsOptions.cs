namespace DrawGuess.Application.Rooms;

public sealed class RoomsOptions
{
    public const string Section = "Rooms";

    /// <summary>How long a disconnected player keeps their seat and score.</summary>
    public TimeSpan SeatHold { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a guest identity with no connection and no room can still be resumed before it is forgotten.</summary>
    public TimeSpan IdleSessionRetention { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Open rooms the deployment accepts (every instance together with Redis); CreateRoom beyond it answers ROOM_LIMIT_REACHED.</summary>
    public int MaxRooms { get; set; } = 1000;
}
