using DrawGuess.Infrastructure.Rankings.Gallery;

namespace DrawGuess.UnitTests.Infrastructure.Rankings;

public sealed class GalleryJsonTests
{
    [Fact]
    public void A_gallery_stored_before_guess_times_were_kept_still_loads_without_them()
    {
        const string storedBefore = """
            [{"turnId":1,"round":1,"drawerId":"6f1c3a52-7d0e-4c56-9a59-1f0b2b7e4a10","drawerName":"Ann","word":"whale","endReason":"allGuessed",
              "guessers":[{"playerId":"0b7d2f3e-1c4a-4e8b-9f6d-2a5c7e9b1d34","name":"Bob","order":1,"points":287}],
              "operations":[],"truncated":false,"likes":0,"dislikes":0}]
            """;

        var guess = GalleryJson.ReadDrawings(storedBefore).ShouldHaveSingleItem().Guessers.ShouldHaveSingleItem();

        (guess.Name, guess.Order, guess.Points, guess.AfterMs).ShouldBe(("Bob", 1, 287, (int?)null));
    }
}
