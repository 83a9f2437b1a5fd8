using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Players;
using DrawGuess.Domain.SharedKernel;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Players.Commands.RegisterPlayer;

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
