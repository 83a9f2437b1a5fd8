using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Players;

internal sealed class PlayerPresence(IPlayerSessionStore sessions, ISecretTokens tokens, IPlayersNotifier notifier) : IPlayerPresence
{
    public async Task<ResumedPlayer> ResumeAsync(string connectionId, string resumeToken)
    {
        var session = await sessions.FindByTokenHashAsync(tokens.Hash(resumeToken))
            ?? throw new GameRuleException(ErrorCodes.InvalidResumeToken, "Unknown or expired resume token.");
        if (await sessions.FindByConnectionAsync(connectionId) is { } bound && bound.PlayerId != session.PlayerId)
            throw new GameRuleException(ErrorCodes.ValidationFailed, "connection: already registered as another player.");

        var replaced = await sessions.BindAsync(session.PlayerId, connectionId);
        var player = new PlayerSessionView(session.PlayerId, session.Name, connectionId, session.RoomId);
        if (replaced is null || replaced == connectionId) return new ResumedPlayer(player, null);
        await notifier.SessionReplaced(replaced);
        return new ResumedPlayer(player, replaced);
    }

    public async Task<PlayerSessionView?> DisconnectAsync(string connectionId) =>
        await sessions.UnbindAsync(connectionId) is { } playerId ? await sessions.FindAsync(playerId) : null;

    public Task SetRoomAsync(PlayerId playerId, RoomId? roomId) => sessions.SetRoomAsync(playerId, roomId);
}
