using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rooms;

public sealed record VoteKickResult(PlayerId TargetId, int Votes, int Needed, bool Kicked);
