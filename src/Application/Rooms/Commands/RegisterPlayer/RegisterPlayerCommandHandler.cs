using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Rooms.Commands.RegisterPlayer;

internal sealed class RegisterPlayerCommandHandler(IPlayerSessionStore sessions, ISecretTokens tokens, ILogger<RegisterPlayerCommandHandler> logger)
    : IRequestHandler<RegisterPlayerCommand, SessionDto>
{
    public async Task<SessionDto> Handle(RegisterPlayerCommand request, CancellationToken cancellationToken)
    {
        if (await sessions.FindByConnectionAsync(request.ConnectionId) is not null)
            throw new GameRuleException(ErrorCodes.ValidationFailed, "connection: already registered; open a new connection for another player.");
        var token = tokens.NewToken();
        var session = new PlayerSession(PlayerId.New(), PlayerName.Normalize(request.Name!), tokens.Hash(token));
        await sessions.AddAsync(session);
        await sessions.BindAsync(session.PlayerId, request.ConnectionId);
        logger.LogInformation("Player {PlayerId} registered", session.PlayerId);
        return new SessionDto(session.PlayerId.ToString(), session.Name, token);
    }
}
