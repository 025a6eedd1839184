"""A suffix automaton over the source texts: for every position of a page text, the longest
piece ending there that also occurs somewhere in the sources (linear time, no quadratic diff)."""
from __future__ import annotations


class SuffixAutomaton:
    def __init__(self, text: str):
        self.next: list[dict[str, int]] = [{}]
        self.link = [-1]
        self.length = [0]
        last = 0
        for char in text:
            last = self._extend(last, char)

    def _extend(self, last: int, char: str) -> int:
        nxt, link, length = self.next, self.link, self.length
        cur = len(length)
        nxt.append({})
        length.append(length[last] + 1)
        link.append(0)
        p = last
        while p != -1 and char not in nxt[p]:
            nxt[p][char] = cur
            p = link[p]
        if p != -1:
            q = nxt[p][char]
            if length[p] + 1 == length[q]:
                link[cur] = q
            else:
                clone = len(length)
                nxt.append(dict(nxt[q]))
                length.append(length[p] + 1)
                link.append(link[q])
                while p != -1 and nxt[p].get(char) == q:
                    nxt[p][char] = clone
                    p = link[p]
                link[q] = link[cur] = clone
        return cur

    def match_lengths(self, text: str) -> list[int]:
        """match[i] = length of the longest substring of the sources ending at text[i]."""
        state, size, out = 0, 0, []
        for char in text:
            while state and char not in self.next[state]:
                state = self.link[state]
                size = self.length[state]
            if char in self.next[state]:
                state = self.next[state][char]
                size += 1
            else:
                state, size = 0, 0
            out.append(size)
        return out
