using DrawGuess.ArchitectureTests.Canaries.UnitOfWork.Application.Alpha;
using DrawGuess.ArchitectureTests.Rules;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests;

public sealed class UnitOfWorkTests
{
    private static Codebase Canaries => Codebase.Canaries("UnitOfWork");

    [Fact]
    public void Room_handlers_take_no_lock_save_nothing_and_call_no_module_through_MediatR() =>
        UnitOfWorkRules.RoomHandlersLeaveTheTransactionToTheUnitOfWork(Codebase.Real).ShouldPass();

    [Fact]
    public void Only_the_unit_of_work_takes_a_rooms_lock() =>
        UnitOfWorkRules.OnlyTheUnitOfWorkLocksRooms(Codebase.Real).ShouldPass();

    [Fact]
    public void Room_commands_are_marked_and_handled_in_the_unit_of_work() =>
        UnitOfWorkRules.RoomCommandsAreMarked(Codebase.Real).ShouldPass();

    [Fact]
    public void Room_handler_rule_catches_canaries() =>
        UnitOfWorkRules.RoomHandlersLeaveTheTransactionToTheUnitOfWork(Canaries).ShouldReportExactly(
            Expected.Type<SavesByHandCommandHandler>("calls IThingRepository.SaveAsync"),
            Expected.Type<LocksByHandCommandHandler>("takes the room's lock by hand"),
            Expected.Type<PublishesInTransactionHandler>("calls through MediatR"));

    [Fact]
    public void Lock_rule_catches_canaries() =>
        UnitOfWorkRules.OnlyTheUnitOfWorkLocksRooms(Canaries).ShouldReportExactly(
            Expected.Type<LocksByHandCommandHandler>("takes a room's lock outside the unit of work"),
            Expected.Type<LocksOutsideHandler>("takes a room's lock outside the unit of work"));

    [Fact]
    public void Marker_rule_catches_canaries() =>
        UnitOfWorkRules.RoomCommandsAreMarked(Canaries).ShouldReportExactly(
            Expected.Type<UnmarkedCommandHandler>("does not implement IRoomCommand"),
            Expected.Type<BypassingCommandHandler>("outside the unit of work"));
}
