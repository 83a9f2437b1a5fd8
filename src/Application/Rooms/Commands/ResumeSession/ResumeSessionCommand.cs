using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.ResumeSession;

public sealed record ResumeSessionCommand(string ConnectionId, string? ResumeToken) : IRequest<ResumeDto>;
