import nodemailer from 'nodemailer';
import { log } from '../log';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Kept across retries, so a repeat after a crash can be recognized by the receiver. */
  messageId: string;
}

export interface Mailer {
  /** `smtp` when mails leave through SMTP, `log` when they are only logged. */
  readonly kind: 'smtp' | 'log';
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Sends through SMTP (nodemailer) when `smtpUrl` is set, and otherwise logs each mail. */
export function createMailer(options: { smtpUrl?: string; from: string }): Mailer {
  if (!options.smtpUrl) {
    return {
      kind: 'log',
      async send(mail) {
        log.info('notification (no SMTP_URL: logged, not sent)', {
          to: mail.to,
          subject: mail.subject,
          messageId: mail.messageId,
        });
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
      });
    },
    close() {
      transport.close();
    },
  };
}
