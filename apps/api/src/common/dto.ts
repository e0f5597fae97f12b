import * as contracts from '@bgb/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/**
 * Classes over the shared zod schemas: Nest needs classes to validate bodies and to describe
 * them in OpenAPI. The schemas themselves live once, in `@bgb/contracts`.
 */
export class RegisterDto extends createZodDto(contracts.RegisterBody) {}
export class LoginDto extends createZodDto(contracts.LoginBody) {}
export class SetLocaleDto extends createZodDto(z.object({ locale: contracts.Locale })) {}
export class UserDto extends createZodDto(contracts.User) {}
export class VerifyEmailDto extends createZodDto(contracts.VerifyEmailBody) {}
export class PasswordResetDto extends createZodDto(contracts.PasswordResetBody) {}
export class PasswordResetConfirmDto extends createZodDto(contracts.PasswordResetConfirmBody) {}
export class ChangePasswordDto extends createZodDto(contracts.ChangePasswordBody) {}
export class CurrentUserDto extends createZodDto(contracts.CurrentUser) {}
export class UpdateProfileDto extends createZodDto(contracts.UpdateProfileBody) {}
export class SessionListDto extends createZodDto(contracts.SessionList) {}
export class MfaRequiredDto extends createZodDto(contracts.MfaRequired) {}
export class MfaCodeDto extends createZodDto(contracts.MfaCodeBody) {}
export class EnableTotpDto extends createZodDto(contracts.EnableTotpBody) {}
export class TotpSetupDto extends createZodDto(contracts.TotpSetup) {}
export class RecoveryCodesDto extends createZodDto(contracts.RecoveryCodes) {}
export class AuthProvidersDto extends createZodDto(contracts.AuthProviders) {}
export class CsrfTokenDto extends createZodDto(z.object({ token: z.string() })) {}
export class HealthDto extends createZodDto(contracts.Health) {}
export class BiobankDto extends createZodDto(contracts.Biobank) {}
export class ServiceDto extends createZodDto(contracts.Service) {}
export class CreateRequestDto extends createZodDto(contracts.CreateRequestBody) {}
export class ServiceRequestDto extends createZodDto(contracts.ServiceRequest) {}
export class RequestListDto extends createZodDto(contracts.RequestList) {}
export class ListRequestsQueryDto extends createZodDto(contracts.ListRequestsQuery) {}
export class TransitionDto extends createZodDto(contracts.TransitionBody) {}
export class CaughtMailDto extends createZodDto(contracts.CaughtMail) {}
export class ErrorBodyDto extends createZodDto(contracts.ErrorBody) {}
export class PostMessageDto extends createZodDto(contracts.PostMessageBody) {}
export class AttachmentDto extends createZodDto(contracts.Attachment) {}
export class AttachmentListDto extends createZodDto(contracts.AttachmentList) {}
export class MessageDto extends createZodDto(contracts.Message) {}
export class MessageListDto extends createZodDto(contracts.MessageList) {}
export class HistoryDto extends createZodDto(contracts.History) {}
export class AdminUserDto extends createZodDto(contracts.AdminUser) {}
export class AdminUserListDto extends createZodDto(contracts.AdminUserList) {}
export class ListAdminUsersQueryDto extends createZodDto(contracts.ListAdminUsersQuery) {}
export class SetUserRolesDto extends createZodDto(contracts.SetUserRolesBody) {}
export class InviteUserDto extends createZodDto(contracts.InviteUserBody) {}
export class InvitationDto extends createZodDto(contracts.Invitation) {}
export class InvitationListDto extends createZodDto(contracts.InvitationList) {}
export class InvitationPreviewDto extends createZodDto(contracts.InvitationPreview) {}
export class AcceptInvitationDto extends createZodDto(contracts.AcceptInvitationBody) {}
export class TriageDto extends createZodDto(contracts.TriageBody) {}
export class PersonDto extends createZodDto(contracts.Person) {}
export class RouteDto extends createZodDto(contracts.RouteBody) {}
export class RoutingTransitionDto extends createZodDto(contracts.RoutingTransitionBody) {}
export class EditRequestDto extends createZodDto(contracts.EditRequestBody) {}
export class RoutingRuleDto extends createZodDto(contracts.RoutingRule) {}
export class RoutingRuleListDto extends createZodDto(contracts.RoutingRuleList) {}
export class CreateRoutingRuleDto extends createZodDto(contracts.CreateRoutingRuleBody) {}
export class UpdateRoutingRuleDto extends createZodDto(contracts.UpdateRoutingRuleBody) {}
export class RoutingSuggestionDto extends createZodDto(contracts.RoutingSuggestion) {}
export class NotificationPreferencesDto extends createZodDto(contracts.NotificationPreferences) {}
export class SetNotificationPreferencesDto extends createZodDto(
  contracts.SetNotificationPreferencesBody,
) {}
export class InAppNotificationListDto extends createZodDto(contracts.InAppNotificationList) {}
export class ListNotificationsQueryDto extends createZodDto(contracts.ListNotificationsQuery) {}
export class UnreadCountDto extends createZodDto(contracts.UnreadCount) {}
export class UnsubscribeQueryDto extends createZodDto(
  z.object({ token: z.string().min(1).max(500) }),
) {}
export class UnsubscribeTargetDto extends createZodDto(contracts.UnsubscribeTarget) {}
export class DigestRunDto extends createZodDto(contracts.DigestRun) {}
export class OutboxMailDto extends createZodDto(contracts.OutboxMail) {}
export class OutboxMailListDto extends createZodDto(contracts.OutboxMailList) {}
export class ListOutboxMailsQueryDto extends createZodDto(contracts.ListOutboxMailsQuery) {}
export class AuditEventListDto extends createZodDto(contracts.AuditEventList) {}
export class ListAuditEventsQueryDto extends createZodDto(contracts.ListAuditEventsQuery) {}
export class MailTemplateListDto extends createZodDto(contracts.MailTemplateList) {}
export class MailPreviewQueryDto extends createZodDto(contracts.MailPreviewQuery) {}
export class RenderedMailDto extends createZodDto(contracts.RenderedMail) {}
export class SendTestMailDto extends createZodDto(contracts.SendTestMailBody) {}
export class QueuedMailDto extends createZodDto(contracts.QueuedMail) {}
export class AdminBiobankDto extends createZodDto(contracts.AdminBiobank) {}
export class AdminBiobankListDto extends createZodDto(contracts.AdminBiobankList) {}
export class UpdateBiobankDto extends createZodDto(contracts.UpdateBiobankBody) {}
export class QuestionSetDto extends createZodDto(contracts.QuestionSet) {}
export class QuestionSetVersionListDto extends createZodDto(contracts.QuestionSetVersionList) {}
export class PublishQuestionSetDto extends createZodDto(contracts.PublishQuestionSetBody) {}
export class DraftDto extends createZodDto(contracts.Draft) {}
export class DraftListDto extends createZodDto(contracts.DraftList) {}
export class CreateDraftDto extends createZodDto(contracts.CreateDraftBody) {}
export class UpdateDraftDto extends createZodDto(contracts.UpdateDraftBody) {}
export class SubmitDraftDto extends createZodDto(contracts.SubmitDraftBody) {}
