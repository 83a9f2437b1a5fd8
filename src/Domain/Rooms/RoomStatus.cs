namespace DrawGuess.Domain.Rooms;

public enum RoomStatus
{
    Waiting,
    Playing,
}
