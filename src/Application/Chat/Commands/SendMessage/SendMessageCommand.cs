using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Chat.Commands.SendMessage;

/// <summary>A chat line, which is also how guesses are made.</summary>
public sealed record SendMessageCommand(string ConnectionId, string? Text) : ICallerRoomCommand<Unit>;
