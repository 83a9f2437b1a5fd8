using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Common;

public static class PlayerIds
{
    public static PlayerId Parse(string text) =>
        PlayerId.TryParse(text, out var id) ? id : throw new GameRuleException(ErrorCodes.PlayerNotFound, "No player with that id.");
}
