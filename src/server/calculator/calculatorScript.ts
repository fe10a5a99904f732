/// <reference lib="dom" />

/**
 * The calculator page's script. It runs in the browser, never in Node: the server sends this function's
 * source as `/calculator.js`, so it must stay self-contained (no imports, no outside names). It builds
 * the form from the service's own answers (jurisdictions, kinds, the achievement's JSON Schema), posts
 * the request to `/v1/evaluate` and shows the answer in the page's language; all text from the data is
 * set as text, never as HTML.
 */
export function calculatorScript(): void {
  type Schema = {
    type?: string | string[];
    enum?: unknown[];
    const?: unknown;
    properties?: Record<string, Schema>;
    anyOf?: Schema[];
    oneOf?: Schema[];
    allOf?: Schema[];
    $ref?: string;
    title?: string;
    description?: string;
    format?: string;
  };
  type Text = { zh: string; en: string };
  type Money = { text: string };
  type Citation = { clause: string; quote: string; title: Text };
  type Kind = { kind: string; label: Text; subtypes?: { subtype: string; label: Text }[] };
  type Place = { code: string; names: string[]; nameEn: string };
  type Result = {
    policy: { title: string; titleEn: string };
    inForce: boolean;
    total: Money;
    totalIsUpperLimit: boolean;
    awards: (Citation & { amount: Money; upTo: boolean; calculation: Text })[];
    notPaid: { code: string; message: Text; citation: Citation | null }[];
    notComputable: (Citation & { message: Text })[];
    undetermined: (Citation & { missingFacts: string[]; message: Text; clauseAmount?: Money })[];
    warnings: { code: string; message: Text }[];
  };
  type Issue = { code: string; path: (string | number)[]; message: Text };

  const lang: 'zh' | 'en' = document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
  const WORDS = {
    zh: {
      jurisdiction: '地区',
      date: '评估日期',
      kind: '成果类型',
      subtype: '子类',
      facts: '成果事实（未知的留空）',
      recipient: '获得者',
      choose: '—',
      yes: '是',
      no: '否',
      submit: '计算',
      total: '合计',
      upTo: '最高 ',
      inForce: '施行中',
      notInForce: '未生效或已失效',
      paid: '支付',
      notPaid: '未支付',
      undetermined: '待定（缺少事实）',
      missing: '需要：',
      clauseAmount: '本条金额',
      notComputable: '不可计算',
      warnings: '提示',
      failed: '无法连接服务',
    },
    en: {
      jurisdiction: 'Jurisdiction',
      date: 'Date of evaluation',
      kind: 'Kind of achievement',
      subtype: 'Subtype',
      facts: 'Facts of the achievement (leave unknown ones blank)',
      recipient: 'Recipient',
      choose: '—',
      yes: 'yes',
      no: 'no',
      submit: 'Calculate',
      total: 'Total',
      upTo: 'up to ',
      inForce: 'in force',
      notInForce: 'not in force',
      paid: 'Paid',
      notPaid: 'Not paid',
      undetermined: 'Undetermined (facts missing)',
      missing: 'needs: ',
      clauseAmount: 'clause amount',
      notComputable: 'Not computable',
      warnings: 'Warnings',
      failed: 'The service cannot be reached',
    },
  }[lang];

  const form = document.getElementById('calculator') as HTMLFormElement;
  const resultBox = document.getElementById('result') as HTMLElement;
  const issuesBox = document.getElementById('issues') as HTMLElement;

  const el = (tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    for (const child of children) node.append(child);
    return node;
  };
  const field = (label: string, control: HTMLElement, hint?: string): HTMLElement =>
    el('label', {}, label, control, ...(hint ? [el('span', { class: 'hint' }, hint)] : []));
  const select = (name: string, options: [string, string][], attrs: Record<string, string> = {}): HTMLSelectElement => {
    const node = el('select', { name, id: `f-${name}`, ...attrs }) as HTMLSelectElement;
    for (const [value, text] of options) node.append(el('option', { value }, text));
    return node;
  };
  const getJson = async (path: string) => {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return (await response.json()) as unknown;
  };

  /** Follows `$ref`s within the document. */
  const resolve = (root: Schema, schema: Schema): Schema => {
    if (!schema.$ref) return schema;
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
    return resolve(root, target as Schema);
  };
  /**
   * The properties an achievement of one kind may have: those of the schema, of every `allOf` part, and
   * of the `oneOf`/`anyOf` branch whose `kind` (or `subtype`-less branch) admits the kind.
   */
  const propertiesOf = (root: Schema, schema: Schema, kind: string): Record<string, Schema> => {
    const s = resolve(root, schema);
    const branches = [...(s.oneOf ?? []), ...(s.anyOf ?? [])].map((b) => resolve(root, b));
    const objects = branches.filter((b) => b.properties !== undefined || b.allOf !== undefined);
    const admits = (b: Schema) => {
      const k = b.properties?.['kind'] ? resolve(root, b.properties['kind']) : undefined;
      return k !== undefined && (k.const === kind || (k.enum ?? []).includes(kind));
    };
    const branch = objects.find(admits) ?? (objects.length === 1 ? objects[0] : undefined);
    return Object.assign(
      {},
      s.properties ?? {},
      ...(s.allOf ?? []).map((part) => propertiesOf(root, part, kind)),
      branch ? propertiesOf(root, branch, kind) : {},
    ) as Record<string, Schema>;
  };
  /** The values an enum-like schema allows, or `undefined`. */
  const choices = (root: Schema, schema: Schema): string[] | undefined => {
    const s = resolve(root, schema);
    if (s.enum) return s.enum.map(String);
    const alternatives = s.anyOf ?? s.oneOf;
    if (alternatives && alternatives.every((a) => resolve(root, a).const !== undefined)) {
      return alternatives.map((a) => String(resolve(root, a).const));
    }
    return undefined;
  };
  const typesOf = (root: Schema, schema: Schema): string[] => {
    const s = resolve(root, schema);
    const own = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    return [...own, ...[...(s.anyOf ?? []), ...(s.oneOf ?? [])].flatMap((a) => typesOf(root, a))];
  };

  /** One control per property, named by its path (`recipient.registeredIn`) and typed for reading back. */
  const controlsFor = (root: Schema, object: Schema, prefix: string, kind = ''): HTMLElement[] =>
    Object.entries(propertiesOf(root, object, kind)).flatMap(([name, raw]) => {
      if (prefix === '' && (name === 'id' || name === 'kind' || name === 'subtype')) return [];
      const schema = resolve(root, raw);
      const path = prefix + name;
      const hint = schema.title ?? schema.description;
      const types = typesOf(root, schema);
      const allowed = choices(root, schema);
      if (types.includes('object') && schema.properties) {
        const legend = el('legend', {}, name === 'recipient' ? WORDS.recipient : name);
        return [el('fieldset', { class: 'grid' }, legend, ...controlsFor(root, schema, `${path}.`))];
      }
      if (types.includes('array')) return [];
      let control: HTMLElement;
      if (allowed) {
        control = select(path, [['', WORDS.choose], ...allowed.map((v): [string, string] => [v, v])]);
      } else if (types.includes('boolean')) {
        control = select(
          path,
          [
            ['', WORDS.choose],
            ['true', WORDS.yes],
            ['false', WORDS.no],
          ],
          { 'data-type': 'boolean' },
        );
      } else if (/On$|Date$/.test(name) || schema.format === 'date') {
        control = el('input', { type: 'date', name: path, id: `f-${path}` });
      } else if (types.includes('integer') && !types.includes('string')) {
        control = el('input', { type: 'number', step: '1', name: path, id: `f-${path}`, 'data-type': 'number' });
      } else if (types.includes('number')) {
        // Amounts in 元: sent as the decimal string typed, so no binary fraction creeps in.
        control = el('input', { type: 'text', inputmode: 'decimal', name: path, id: `f-${path}` });
      } else {
        control = el('input', { type: 'text', name: path, id: `f-${path}` });
      }
      return [field(name, control, hint)];
    });

  const build = (places: Place[], kinds: Kind[], root: Schema) => {
    const placeName = (p: Place) => (lang === 'zh' ? (p.names[0] ?? p.code) : p.nameEn);
    const jurisdiction = select(
      'jurisdiction',
      places.map((p): [string, string] => [p.code, `${placeName(p)} (${p.code})`]),
      { required: '' },
    );
    const date = el('input', { type: 'date', name: 'date', id: 'f-date', required: '' });
    const kind = select(
      'kind',
      kinds.map((k): [string, string] => [k.kind, `${k.label[lang]} · ${k.kind}`]),
    );
    const subtypeField = el('label', {}, WORDS.subtype);
    const facts = el('fieldset', { class: 'grid' });
    const showKind = () => {
      const chosen = kinds.find((k) => k.kind === (kind as HTMLSelectElement).value);
      subtypeField.replaceChildren(WORDS.subtype);
      subtypeField.hidden = !chosen?.subtypes;
      if (chosen?.subtypes) {
        subtypeField.append(
          select('subtype', [
            ['', WORDS.choose],
            ...chosen.subtypes.map((s): [string, string] => [s.subtype, s.label[lang]]),
          ]),
        );
      }
      facts.replaceChildren(el('legend', {}, WORDS.facts), ...controlsFor(root, root, '', chosen?.kind ?? ''));
    };
    kind.addEventListener('change', showKind);
    form.replaceChildren(
      el(
        'fieldset',
        { class: 'grid' },
        field(WORDS.jurisdiction, jurisdiction),
        field(WORDS.date, date),
        field(WORDS.kind, kind),
        subtypeField,
      ),
      facts,
      el('button', { type: 'submit', id: 'submit' }, WORDS.submit),
    );
    showKind();
  };

  /** The achievement as the form holds it: blank fields are left out, so the library reports them as missing. */
  const readAchievement = (): Record<string, unknown> => {
    const achievement: Record<string, unknown> = {};
    for (const node of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))) {
      if (node.name === 'jurisdiction' || node.name === 'date' || node.value === '') continue;
      const value =
        node.dataset['type'] === 'boolean'
          ? node.value === 'true'
          : node.dataset['type'] === 'number'
            ? Number(node.value)
            : node.value;
      const path = node.name.split('.');
      let target = achievement;
      for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      target[path[path.length - 1] as string] = value;
    }
    return achievement;
  };

  const section = (title: string, lines: HTMLElement[]) => (lines.length === 0 ? [] : [el('h3', {}, title), ...lines]);
  const cited = (c: Citation) => el('span', { class: 'clause' }, `[${c.clause}] ${c.title[lang]}`);

  const show = (r: Result) => {
    resultBox.replaceChildren(
      el(
        'h2',
        {},
        `${WORDS.total}: `,
        el('span', { id: 'total' }, (r.totalIsUpperLimit ? WORDS.upTo : '') + r.total.text),
      ),
      el(
        'p',
        {},
        `${lang === 'zh' ? r.policy.title : r.policy.titleEn} · ${r.inForce ? WORDS.inForce : WORDS.notInForce}`,
      ),
      ...section(
        WORDS.paid,
        r.awards.map((a) =>
          el(
            'div',
            { class: 'line paid' },
            cited(a),
            ` — ${a.upTo ? WORDS.upTo : ''}${a.amount.text}`,
            el('blockquote', { class: 'quote' }, a.quote),
            el('div', {}, a.calculation[lang]),
          ),
        ),
      ),
      ...section(
        WORDS.notPaid,
        r.notPaid.map((n) =>
          el(
            'div',
            { class: 'line notpaid' },
            ...(n.citation ? [cited(n.citation), el('blockquote', {}, n.citation.quote)] : []),
            el('div', {}, n.message[lang]),
          ),
        ),
      ),
      ...section(
        WORDS.undetermined,
        r.undetermined.map((u) =>
          el(
            'div',
            { class: 'line undetermined' },
            cited(u),
            el('div', { class: 'missing' }, WORDS.missing + u.missingFacts.join(', ')),
            ...(u.clauseAmount ? [el('div', {}, `${WORDS.clauseAmount}: ${u.clauseAmount.text}`)] : []),
            el('div', {}, u.message[lang]),
          ),
        ),
      ),
      ...section(
        WORDS.notComputable,
        r.notComputable.map((n) => el('div', { class: 'line' }, cited(n), el('div', {}, n.message[lang]))),
      ),
      ...section(
        WORDS.warnings,
        r.warnings.map((w) => el('div', { class: 'line warning' }, `${w.code}: ${w.message[lang]}`)),
      ),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const request = { achievement: readAchievement(), jurisdiction: data.get('jurisdiction'), date: data.get('date') };
    issuesBox.replaceChildren();
    void fetch('/v1/evaluate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify(request),
    })
      .then(async (response) => {
        const body = (await response.json()) as Result & { detail?: string; issues?: Issue[] };
        if (response.ok) return show(body);
        resultBox.replaceChildren();
        issuesBox.replaceChildren(
          el('p', {}, body.detail ?? String(response.status)),
          el('ul', {}, ...(body.issues ?? []).map((i) => el('li', {}, i.message[lang]))),
        );
      })
      .catch(() => issuesBox.replaceChildren(WORDS.failed));
  });

  void Promise.all([getJson('/v1/jurisdictions'), getJson('/v1/kinds'), getJson('/v1/schemas/achievement')])
    .then(([places, kinds, schema]) => build(places as Place[], kinds as Kind[], schema as Schema))
    .catch(() => issuesBox.replaceChildren(WORDS.failed));
}
