using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Application.Rooms.Commands.ReturnToSeat;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.ResumeSession;

internal sealed class ResumeSessionCommandHandler(
    IPlayerSessionStore sessions,
    ISecretTokens tokens,
    IRoomsNotifier notifier,
    ILobbySubscriptions lobby,
    IMediator mediator) : IRequestHandler<ResumeSessionCommand, ResumeDto>
{
    public async Task<ResumeDto> Handle(ResumeSessionCommand request, CancellationToken cancellationToken)
    {
        var session = await sessions.FindByTokenHashAsync(tokens.Hash(request.ResumeToken!))
            ?? throw new GameRuleException(ErrorCodes.InvalidResumeToken, "Unknown or expired resume token.");
        if (await sessions.FindByConnectionAsync(request.ConnectionId) is { } bound && bound.PlayerId != session.PlayerId)
            throw new GameRuleException(ErrorCodes.ValidationFailed, "connection: already registered as another player.");

        var replaced = await sessions.BindAsync(session.PlayerId, request.ConnectionId);
        if (replaced is not null && replaced != request.ConnectionId)
        {
            await lobby.UnwatchAsync(replaced);
            await notifier.SessionReplaced(replaced);
        }
        if (session.RoomId is not { } roomId || !await mediator.Send(new ReturnToSeatCommand(roomId, session.PlayerId), cancellationToken))
            return new ResumeDto(session.PlayerId.ToString(), session.Name, null);
        return new ResumeDto(session.PlayerId.ToString(), session.Name, await mediator.Send(new GetRoomSnapshotQuery(request.ConnectionId), cancellationToken));
    }
}
