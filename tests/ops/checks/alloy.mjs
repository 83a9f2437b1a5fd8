// A parser for the subset of the Alloy configuration syntax our config uses: blocks
// (`name.path "label" { ... }`), attributes (`key = value`), strings, numbers, booleans,
// lists, objects, references (`a.b.c`), calls (`sys.env("X")`) and `+`. No Alloy binary
// installs here (not in Debian or npm), so this is what checks the config offline.

/** Parses Alloy text into { blocks: [{ name, label, body }], attrs: { key: value } }. */
export function parseAlloy(text) {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expect = (type, value) => {
    const t = next();
    if (!t || t.type !== type || (value !== undefined && t.value !== value)) {
      throw new Error(`line ${t?.line ?? "EOF"}: expected ${value ?? type}, got ${t ? t.value : "end of file"}`);
    }
    return t;
  };

  function body(closing) {
    const node = { blocks: [], attrs: {} };
    while (peek() && !(closing && peek().value === "}")) {
      const name = expect("ident");
      if (peek()?.value === "=") {
        next();
        if (name.value in node.attrs) throw new Error(`line ${name.line}: ${name.value} set twice`);
        node.attrs[name.value] = expression();
      } else {
        const label = peek()?.type === "string" ? next().value : undefined;
        expect("punct", "{");
        node.blocks.push({ name: name.value, label, line: name.line, body: body(true) });
        expect("punct", "}");
      }
    }
    return node;
  }

  function expression() {
    let value = operand();
    while (peek()?.value === "+") {
      next();
      value = { concat: [value, operand()] };
    }
    return value;
  }

  function operand() {
    const t = next();
    if (!t) throw new Error("unexpected end of file");
    if (t.type === "string" || t.type === "number") return t.value;
    if (t.type === "ident") {
      if (t.value === "true" || t.value === "false") return t.value === "true";
      if (peek()?.value === "(") {
        next();
        const args = [];
        while (peek()?.value !== ")") {
          args.push(expression());
          if (peek()?.value === ",") next();
        }
        expect("punct", ")");
        return { call: t.value, args };
      }
      return { ref: t.value };
    }
    if (t.value === "[") {
      const items = [];
      while (peek()?.value !== "]") {
        items.push(expression());
        if (peek()?.value === ",") next();
        else break;
      }
      expect("punct", "]");
      return items;
    }
    if (t.value === "{") {
      const obj = {};
      while (peek()?.value !== "}") {
        const key = next();
        if (key.type !== "ident" && key.type !== "string") throw new Error(`line ${key.line}: object key expected`);
        expect("punct", "=");
        obj[key.value] = expression();
        if (peek()?.value === ",") next();
        else break;
      }
      expect("punct", "}");
      return obj;
    }
    throw new Error(`line ${t.line}: unexpected ${t.value}`);
  }

  const root = body(false);
  if (i !== tokens.length) throw new Error(`line ${peek().line}: unexpected ${peek().value}`);
  return root;
}

function tokenize(text) {
  const tokens = [];
  let line = 1;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === "\n") { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (text.startsWith("//", i)) { while (i < text.length && text[i] !== "\n") i++; continue; }
    if (c === '"') {
      let j = i + 1, value = "";
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === "\n") throw new Error(`line ${line}: unterminated string`);
        if (text[j] === "\\") { j++; value += { n: "\n", t: "\t" }[text[j]] ?? text[j]; } else value += text[j];
      }
      if (j >= text.length) throw new Error(`line ${line}: unterminated string`);
      tokens.push({ type: "string", value, line });
      i = j + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i, i + 200)) ?? /^-?\d+(\.\d+)?/.exec(text.slice(i, i + 40));
    if (m) {
      tokens.push({ type: /^[-\d]/.test(m[0]) ? "number" : "ident", value: /^[-\d]/.test(m[0]) ? Number(m[0]) : m[0], line });
      i += m[0].length;
      continue;
    }
    if ("{}[](),=+".includes(c)) { tokens.push({ type: "punct", value: c, line }); i++; continue; }
    throw new Error(`line ${line}: unexpected character ${c}`);
  }
  return tokens;
}
