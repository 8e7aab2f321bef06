import 'reflect-metadata';
import { loadConfigOrExit } from '@tribeworks/api-core';
import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './data-source';

/**
 * For the TypeORM CLI only (npm run db:generate): the same options as the app, from the
 * same configuration.
 */
export default new DataSource(createDataSourceOptions(loadConfigOrExit()));
