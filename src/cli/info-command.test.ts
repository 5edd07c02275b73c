import { describe, expect, it } from 'vitest';
import { createArticle, submitForReview } from '../editorial/index.js';
import { answerFor, editorialFixture, seedUser } from '../store/sqlite/editorial-test-fixtures.js';
import { siteLines } from './info-command.js';

describe('clinq info on the site', () => {
  it('says when there are no articles or accounts yet, and how to add the first admin', async () => {
    const { store } = editorialFixture();
    expect(await siteLines(store)).toBe('site articles: none yet\naccounts: 0 (add the first admin with: clinq user add --role admin EMAIL)');
  });

  it('counts the site articles by review status and the accounts', async () => {
    const { store, ctx } = editorialFixture();
    const editor = await seedUser(store, 'editor');
    await createArticle(ctx, { actor: editor, question: 'Does colchicine help gout?', answer: answerFor('Does colchicine help gout?') });
    const second = await createArticle(ctx, { actor: editor, question: 'What causes gout?', answer: answerFor('What causes gout?') });
    await submitForReview(ctx, { actor: editor, articleId: second.id });
    expect(await siteLines(store)).toBe('site articles: 1 draft, 1 submitted\naccounts: 1 (1 editor); no reviewer yet, add one with: clinq user add --role reviewer EMAIL');
  });

  it('counts the active accounts by role and the disabled ones apart', async () => {
    const { store } = editorialFixture();
    await seedUser(store, 'admin');
    await seedUser(store, 'reviewer', 'Rita');
    await seedUser(store, 'reviewer', 'Ravi');
    const gone = await seedUser(store, 'editor');
    await store.updateUser(gone.id, { disabled: true });
    expect(await siteLines(store)).toBe('site articles: none yet\naccounts: 4 (1 admin, 2 reviewers, 1 disabled)');
  });
});
