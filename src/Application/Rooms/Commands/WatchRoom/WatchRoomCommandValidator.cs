using FluentValidation;

namespace DrawGuess.Application.Rooms.Commands.WatchRoom;

internal sealed class WatchRoomCommandValidator : AbstractValidator<WatchRoomCommand>
{
    public WatchRoomCommandValidator()
    {
        RuleFor(c => c.RoomIdOrCode).NotEmpty().MaximumLength(64);
    }
}
