using FluentValidation;

namespace DrawGuess.Application.Rooms.Queries.GetRoom;

internal sealed class GetRoomQueryValidator : AbstractValidator<GetRoomQuery>
{
    public GetRoomQueryValidator()
    {
        RuleFor(q => q.RoomIdOrCode).NotEmpty().MaximumLength(64);
    }
}
