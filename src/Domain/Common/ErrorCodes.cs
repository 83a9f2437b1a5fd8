namespace DrawGuess.Domain.Common;

/// <summary>The stable error codes clients see (docs/protocol.md, "Errors").</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string BadRequest = "BAD_REQUEST";
    public const string NotRegistered = "NOT_REGISTERED";
    public const string InvalidResumeToken = "INVALID_RESUME_TOKEN";
    public const string NotInRoom = "NOT_IN_ROOM";
    public const string RoomNotFound = "ROOM_NOT_FOUND";
    public const string RoomFull = "ROOM_FULL";
    public const string KickedFromRoom = "KICKED_FROM_ROOM";
    public const string NotHost = "NOT_HOST";
    public const string GameInProgress = "GAME_IN_PROGRESS";
    public const string NotEnoughPlayers = "NOT_ENOUGH_PLAYERS";
    public const string NotDrawer = "NOT_DRAWER";
    public const string WrongPhase = "WRONG_PHASE";
    /// <summary>ChangeWordOptions when the drawer already changed them in this turn, or the room's word list is too short.</summary>
    public const string NoOtherWords = "NO_OTHER_WORDS";
    public const string PlayerNotFound = "PLAYER_NOT_FOUND";
    public const string CannotKickSelf = "CANNOT_KICK_SELF";
    public const string VoteKickUnavailable = "VOTE_KICK_UNAVAILABLE";
    public const string RateLimited = "RATE_LIMITED";
    public const string WordInMessage = "WORD_IN_MESSAGE";
    public const string CanvasFull = "CANVAS_FULL";
    public const string StrokeNotFound = "STROKE_NOT_FOUND";
    /// <summary>RateDrawing of a turn that is not the current one (it ended, or the game is over).</summary>
    public const string NotCurrentTurn = "NOT_CURRENT_TURN";
    /// <summary>RateDrawing while the current turn has no drawing yet (the drawer is choosing, or left before choosing).</summary>
    public const string NothingToRate = "NOTHING_TO_RATE";
    /// <summary>RateDrawing by the drawer of the drawing.</summary>
    public const string OwnDrawing = "OWN_DRAWING";
    /// <summary>A spectator tried what only players do: chat, guess, draw, choose a word, host or kick.</summary>
    public const string SpectatorCannotPlay = "SPECTATOR_CANNOT_PLAY";
    /// <summary>WatchRoom on a room that already has its maximum of spectators.</summary>
    public const string SpectatorLimitReached = "SPECTATOR_LIMIT_REACHED";
    public const string NotFound = "NOT_FOUND";
    /// <summary>REST: no gallery with that id, it expired, or the id is malformed (HTTP 404 for all three).</summary>
    public const string GalleryNotFound = "GALLERY_NOT_FOUND";
    /// <summary>REST: the path exists but does not answer this HTTP method.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    /// <summary>CreateRoom while the deployment already has its maximum number of open rooms.</summary>
    public const string RoomLimitReached = "ROOM_LIMIT_REACHED";
    /// <summary>A new hub connection from a client address that already holds its maximum (HTTP 429 before the WebSocket opens).</summary>
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";
    /// <summary>In a Close message: the connection neither registered nor resumed in time.</summary>
    public const string RegistrationTimeout = "REGISTRATION_TIMEOUT";
    /// <summary>In a Close message: the client sent a frame that is not a hub message.</summary>
    public const string ProtocolError = "PROTOCOL_ERROR";
    public const string InternalError = "INTERNAL_ERROR";
    /// <summary>A dependency the live game needs (Redis) is unreachable; the call had no effect and can be retried.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
}
