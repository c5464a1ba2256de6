using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Core.Tests.Planning;

public class OptimalAssignmentTests
{
    [Fact]
    public void It_beats_the_greedy_choice()
    {
        // Greedy takes (0,0)=1 and is then forced into (1,1)=100; the optimum is (0,1)+(1,0) = 2+2.
        long[,] cost = { { 1, 2 }, { 2, 100 } };
        Assert.Equal([1, 0], OptimalAssignment.Solve(cost));
    }

    [Fact]
    public void It_matches_brute_force_on_random_cases()
    {
        var random = new Random(42);
        for (var trial = 0; trial < 300; trial++)
        {
            int rows = random.Next(1, 6), columns = random.Next(rows, 8);
            var cost = new long[rows, columns];
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < columns; c++)
                    cost[r, c] = random.Next(0, 20) * 50 - 200;

            var assignment = OptimalAssignment.Solve(cost);

            Assert.Equal(rows, assignment.Distinct().Count());
            Assert.Equal(BruteForce(cost), Enumerable.Range(0, rows).Sum(r => cost[r, assignment[r]]));
        }
    }

    private static long BruteForce(long[,] cost)
    {
        int rows = cost.GetLength(0), columns = cost.GetLength(1);
        var best = long.MaxValue;
        void Search(int row, long sum, bool[] used)
        {
            if (row == rows) { best = Math.Min(best, sum); return; }
            for (var c = 0; c < columns; c++)
            {
                if (used[c]) continue;
                used[c] = true;
                Search(row + 1, sum + cost[row, c], used);
                used[c] = false;
            }
        }
        Search(0, 0, new bool[columns]);
        return best;
    }
}
