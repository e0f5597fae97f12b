import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import type { Locale } from '@bgb/contracts';

/** Every text of one mail, already in the recipient's language; React escapes them all. */
export interface MailContent {
  locale: Locale;
  subject: string;
  brand: string;
  greeting: string;
  /** What happened. */
  body: string;
  /** What the user wrote, shown as they wrote it. */
  quote?: string;
  nextHeading: string;
  /** What happens next, and whose turn it is. */
  next: string;
  action: { label: string; href: string };
  linkFallback: string;
  signature: string;
  footer: string;
  /** For a kind the reader may turn off: why they get it, and the one-click way to stop it. */
  unsubscribe?: { reason: string; label: string; href: string };
}

// Web-safe fonts and inline styles only: mail clients drop style sheets and remote resources.
const font = 'Arial, Helvetica, sans-serif';
const ink = '#1a1a1a';
const accent = '#0b4f6c';
const paragraph = { fontSize: '15px', lineHeight: '24px', color: ink, margin: '0 0 16px' };

/** Line breaks the user typed (and the signature's) survive into the HTML part. */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return lines.map((line, index) => (
    <span key={index}>
      {line}
      {index < lines.length - 1 && <br />}
    </span>
  ));
}

/** The one layout of every mail: brand bar, greeting, what happened, what happens next, the link. */
export function MailLayout(content: MailContent) {
  return (
    <Html lang={content.locale}>
      <Head>
        <title>{content.subject}</title>
      </Head>
      <Preview>{content.body}</Preview>
      <Body style={{ backgroundColor: '#f4f6f8', fontFamily: font, margin: 0, padding: '24px 0' }}>
        <Container
          style={{ backgroundColor: '#ffffff', maxWidth: '600px', border: '1px solid #dde3e8' }}
        >
          <Section style={{ backgroundColor: accent, padding: '16px 24px' }}>
            <Text style={{ ...paragraph, color: '#ffffff', fontWeight: 'bold', margin: 0 }}>
              {content.brand}
            </Text>
          </Section>
          <Section style={{ padding: '24px' }}>
            <Text style={paragraph}>{content.greeting}</Text>
            <Text style={paragraph}>{content.body}</Text>
            {content.quote && (
              <Text
                style={{
                  ...paragraph,
                  borderLeft: `4px solid ${accent}`,
                  backgroundColor: '#f4f6f8',
                  padding: '12px 16px',
                  whiteSpace: 'pre-wrap',
                }}
              >
                <Lines text={content.quote} />
              </Text>
            )}
            <Heading as="h2" style={{ fontSize: '17px', color: accent, margin: '24px 0 8px' }}>
              {content.nextHeading}
            </Heading>
            <Text style={paragraph}>{content.next}</Text>
            <Button
              href={content.action.href}
              style={{
                backgroundColor: accent,
                color: '#ffffff',
                fontSize: '15px',
                fontWeight: 'bold',
                padding: '12px 20px',
                borderRadius: '4px',
              }}
            >
              {content.action.label}
            </Button>
            <Text style={{ ...paragraph, fontSize: '13px', margin: '16px 0' }}>
              {content.linkFallback}
              <br />
              <Link href={content.action.href} style={{ color: accent, wordBreak: 'break-all' }}>
                {content.action.href}
              </Link>
            </Text>
            <Text style={paragraph}>
              <Lines text={content.signature} />
            </Text>
          </Section>
          <Hr style={{ borderColor: '#dde3e8', margin: 0 }} />
          <Section style={{ padding: '12px 24px' }}>
            <Text style={{ fontSize: '12px', lineHeight: '18px', color: '#555555', margin: 0 }}>
              {content.footer}
            </Text>
            {content.unsubscribe && (
              <Text
                style={{
                  fontSize: '12px',
                  lineHeight: '18px',
                  color: '#555555',
                  margin: '8px 0 0',
                }}
              >
                {content.unsubscribe.reason}{' '}
                <Link
                  href={content.unsubscribe.href}
                  style={{ color: '#555555', textDecoration: 'underline' }}
                >
                  {content.unsubscribe.label}
                </Link>
              </Text>
            )}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
